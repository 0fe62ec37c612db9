import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from '@shared/domain/types';
import { formatInstant } from '../../../i18n/format-date';
import type { RegisterColumn } from '../evidence-ui-slice';

export const RegisterCell = memo(function RegisterCell({ item, column }: { item: EvidenceItem; column: RegisterColumn }) {
  const { t, i18n } = useTranslation();
  let text: string;
  switch (column) {
    case 'kind':
      text = t(`evidence.kinds.${item.kind}`);
      break;
    case 'sensitivity':
      text = t(`evidence.sensitivities.${item.sensitivity}`);
      break;
    case 'reviewStatus':
      text = t(`evidence.reviewStatuses.${item.reviewStatus}`);
      break;
    case 'capturedAt':
      text = item.capturedAt ? formatInstant(item.capturedAt, i18n.language, item.captureTimeZone) : '';
      break;
    case 'tags':
      text = item.tagIds.length ? String(item.tagIds.length) : '';
      break;
    default:
      text = item[column];
  }
  const className = column === 'sensitivity' ? `register__cell register__cell--${item.sensitivity}` : 'register__cell';
  return (
    <div role="gridcell" className={className} title={text}>
      {text}
    </div>
  );
});
