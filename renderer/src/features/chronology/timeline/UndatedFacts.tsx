import { useTranslation } from 'react-i18next';
import type { Fact } from '@shared/domain/types';
import { FactButtonList } from './FactButtonList';

/** "Undated: 3 facts" — facts with no date have no place on the axis, so they are listed apart. */
export function UndatedFacts({ facts, onOpenFact }: { facts: readonly Fact[]; onOpenFact(id: string): void }) {
  const { t } = useTranslation();
  if (facts.length === 0) return null;
  const heading = t('chronology.timeline.undated', { count: facts.length });
  return (
    <section className="timeline__panel timeline__undated" aria-label={heading}>
      <h3>{heading}</h3>
      <FactButtonList facts={facts} onOpenFact={onOpenFact} />
    </section>
  );
}
