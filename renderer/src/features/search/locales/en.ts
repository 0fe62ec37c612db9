/** English strings of full-text search. */
export const searchEn = {
  label: 'Search evidence',
  placeholder: 'Words, prefixes or "an exact phrase"',
  hint: 'Ignores accents and case: nino finds niño.',
  searching: 'Searching…',
  failed: 'This search could not be run; nothing is filtered by it. Try fewer or shorter words.',
  case: {
    open: 'Search the case',
    title: 'Search the case',
    label: 'Search evidence, facts, expert findings and arguments',
    hint: 'Ignores accents and case; prefixes match; put "an exact phrase" in quotes. ↑ ↓ to choose, Enter to open.',
    results: 'Results',
    noResults: 'Nothing in this case matches “{{query}}”.',
    kinds: {
      evidence: 'Evidence',
      facts: 'Facts',
      findings: 'Expert findings',
      arguments: 'Arguments',
    },
    count_one: '{{count, number}} match',
    count_other: '{{count, number}} matches',
    more: 'showing the best {{shown}}',
    finding: 'Finding {{number}}',
    conclusions: 'Summary of conclusions',
    untitled: 'Untitled',
    close: 'Close',
  },
};
