import { useTranslation } from 'react-i18next';
import type { ArgumentElement } from '@shared/domain/types';
import { supportLabel } from './support-options';
import type { ArgumentsData } from './use-arguments';

/** "Supported by: Fact 12 · E-0003 (p. 4) · Expert finding: …", archived targets marked as such. */
export function ElementSupportList({ element, data }: { element: ArgumentElement; data: ArgumentsData }) {
  const { t } = useTranslation();
  const supports = [
    ...element.factIds.map((id) => ({ kind: 'fact' as const, id, pinpoint: '' })),
    ...element.evidence.map((p) => ({ kind: 'evidence' as const, id: p.evidenceId, pinpoint: p.pinpoint })),
    ...element.findingIds.map((id) => ({ kind: 'finding' as const, id, pinpoint: '' })),
  ];
  return (
    <p className="report__rests-on">
      <span className="muted">{t('arguments.detail.supportedBy')}</span>{' '}
      {supports.map((s) => {
        const label = supportLabel(s, data, t);
        return <span key={`${s.kind}:${s.id}`} className={label.isBroken ? 'support-chip support-chip--broken' : 'support-chip'}>{label.text}</span>;
      })}
    </p>
  );
}
