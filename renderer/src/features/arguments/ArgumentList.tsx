import { useTranslation } from 'react-i18next';
import type { LegalArgument } from '@shared/domain/types';
import { isUnsupported } from '@shared/legal/argument-input';
import { db } from '../../db/database';
import { withStorageErrors } from '../../db/report-storage-errors';
import { useUiStore } from '../../store/ui-store';
import { moveArgument, setArgumentArchived } from './data/argument-commands';

interface Props {
  args: readonly LegalArgument[];
  openId: string | null;
  onOpen(id: string): void;
  onEdit(id: string): void;
}

/** The case's arguments in the order they will be argued, each movable up or down. */
export function ArgumentList({ args, openId, onOpen, onEdit }: Props) {
  const { t } = useTranslation();
  const announce = useUiStore((s) => s.announce);
  const move = async (a: LegalArgument, direction: 'up' | 'down') => {
    const ok = await withStorageErrors(() => moveArgument(db, a.id, direction).then(() => true));
    if (ok) announce(t('arguments.list.moved', { heading: a.heading }));
  };
  const toggleArchived = async (a: LegalArgument) => {
    const isArchived = a.archivedAt !== null;
    const ok = await withStorageErrors(() => setArgumentArchived(db, a.id, !isArchived).then(() => true));
    if (ok) announce(t(isArchived ? 'arguments.list.restored' : 'arguments.list.archived'));
  };
  return (
    <ol className="argument-list" aria-label={t('arguments.page.listLabel')}>
      {args.map((a, i) => {
        const unsupported = a.elements.filter(isUnsupported).length;
        const isArchived = a.archivedAt !== null;
        return (
          <li key={a.id} className="argument-card" aria-current={a.id === openId || undefined}>
            <span className="argument-card__number" aria-hidden="true">{i + 1}</span>
            <div className="argument-card__main">
              <h3 className="argument-card__heading">{a.heading}</h3>
              <p className="argument-card__meta">
                <span>{t(`arguments.theories.${a.theory}`)}</span>
                <span>{t('arguments.list.elementCount', { count: a.elements.length })}</span>
                {unsupported > 0 && <span className="legal-badge legal-badge--warn">{t('arguments.list.unsupportedCount', { count: unsupported })}</span>}
              </p>
            </div>
            <div className="argument-card__actions">
              {!isArchived && (
                <>
                  <button type="button" className="button--quiet" aria-label={t('arguments.list.moveUp', { heading: a.heading })} disabled={i === 0}
                    onClick={() => void move(a, 'up')}>↑</button>
                  <button type="button" className="button--quiet" aria-label={t('arguments.list.moveDown', { heading: a.heading })}
                    disabled={i === args.length - 1} onClick={() => void move(a, 'down')}>↓</button>
                </>
              )}
              <button type="button" aria-label={t('arguments.list.openArgument', { heading: a.heading })} onClick={() => onOpen(a.id)}>{t('arguments.list.open')}</button>
              {!isArchived && (
                <button type="button" aria-label={t('arguments.list.editArgument', { heading: a.heading })} onClick={() => onEdit(a.id)}>{t('arguments.list.edit')}</button>
              )}
              <button type="button" aria-label={t(isArchived ? 'arguments.list.restoreArgument' : 'arguments.list.archiveArgument', { heading: a.heading })}
                onClick={() => void toggleArchived(a)}>
                {t(isArchived ? 'arguments.list.restore' : 'arguments.list.archive')}
              </button>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
