import { createContext, useContext } from 'react';
import type { CitationContext } from '@shared/legal/citation';

const empty: CitationContext = { exhibits: new Map(), facts: new Map(), authorities: new Map() };

/** The case data citations in the editor resolve against, kept current by the live query above the editor. */
export const CitationDataContext = createContext<CitationContext>(empty);

export function useCitationData(): CitationContext {
  return useContext(CitationDataContext);
}
