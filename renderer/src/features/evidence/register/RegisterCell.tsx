import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterRow } from '@shared/review/register-row';
import { formatInstant } from '../../../i18n/format-date';
import type { RegisterColumn } from '../evidence-ui-slice';
import { TagChips } from '../../review/TagChips';
import { useTagsInContext } from '../../review/use-case-tags';
import { Highlight } from '../../search/Highlight';
import { useSearchTerms } from '../../search/search-terms-context';

export const RegisterCell = memo(function RegisterCell({ item, column }: { item: RegisterRow; column: RegisterColumn }) {
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
      return <TagsCell tagIds={item.tagIds} />;
    case 'title':
      return <TitleCell title={item.title} />;
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

function TagsCell({ tagIds }: { tagIds: readonly string[] }) {
  const caseTags = useTagsInContext();
  const names = caseTags ? tagIds.map((id) => caseTags.byId.get(id)?.name).filter(Boolean).join(', ') : '';
  return (
    <div role="gridcell" className="register__cell" title={names}>
      {caseTags && <TagChips tagIds={tagIds} byId={caseTags.byId} />}
    </div>
  );
}

function TitleCell({ title }: { title: string }) {
  const terms = useSearchTerms();
  return (
    <div role="gridcell" className="register__cell" title={title}>
      <Highlight text={title} terms={terms} />
    </div>
  );
}
