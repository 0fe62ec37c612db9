import { useEffect, useRef } from 'react';
import { useUiStore } from '../../store/ui-store';

/**
 * Brings the part of a report a search result named (a finding, or the
 * conclusions) into view once it is drawn, marks it, and moves focus to it so
 * a keyboard user reads on from there. Each part spreads `props(part)`.
 */
export function useFocusedPart(reportId: string) {
  const focused = useUiStore((s) => (s.openReportId === reportId ? s.focusedReportPart : null));
  const target = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (!focused || !target.current) return;
    target.current.scrollIntoView({ block: 'center' });
    target.current.focus({ preventScroll: true });
  }, [focused]);
  return {
    props(part: string) {
      if (part !== focused) return {};
      return {
        ref: (element: HTMLElement | null) => { target.current = element; },
        tabIndex: -1,
        className: 'report__part--focused',
        'aria-current': 'true' as const,
      };
    },
  };
}
