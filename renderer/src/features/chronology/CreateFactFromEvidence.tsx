import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { EvidenceItem } from '@shared/domain/types';
import { useUiStore } from '../../store/ui-store';

/** One action in the evidence detail: open the chronology with a new fact already linked to this item. */
export function CreateFactFromEvidence({ item }: { item: EvidenceItem }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const openFactDialog = useUiStore((s) => s.openFactDialog);
  const start = () => {
    openFactDialog({ mode: 'create', evidenceId: item.id });
    navigate(`/cases/${item.caseId}/chronology`);
  };
  return <button type="button" onClick={start}>{t('chronology.fromEvidence')}</button>;
}
