/** English strings of full-text search. */
export const searchEn = {
  label: 'Search evidence',
  placeholder: 'Words, prefixes or "an exact phrase"',
  hint: 'Ignores accents and case: nino finds niño.',
  searching: 'Searching…',
};
