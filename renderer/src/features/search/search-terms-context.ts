import { createContext, useContext } from 'react';

/** Folded words of the current search, for highlighting in register cells. */
export const SearchTermsContext = createContext<readonly string[]>([]);
export const useSearchTerms = () => useContext(SearchTermsContext);
