import { useLocation } from 'wouter';
import type { CaseSearchResult } from '@shared/search/case-results';
import { useUiStore } from '../../store/ui-store';

/** Opens a search result in its own screen: the register with the item selected, the chronology with the fact open, and so on. */
export function useOpenResult(caseId: string): (result: CaseSearchResult) => void {
  const [, navigate] = useLocation();
  return (result) => {
    const ui = useUiStore.getState();
    switch (result.kind) {
      case 'evidence':
        if (ui.isShowingArchivedEvidence) ui.setShowingArchivedEvidence(false);
        ui.setReviewing(false);
        ui.selectEvidence(result.id);
        break;
      case 'facts':
        ui.resetChronologyView();
        ui.setFactView('all');
        ui.setOpenFact(result.id);
        break;
      case 'findings':
        ui.setShowingArchivedReports(false);
        // The result's id is `${reportId}/${findingId}` (or `/conclusions`): the report opens on that part.
        ui.setOpenReport(result.reportId, result.id.slice(result.reportId.length + 1));
        break;
      case 'arguments':
        ui.setOpenArgument(result.id);
        break;
    }
    navigate(`/cases/${caseId}/${sectionOf[result.kind]}`);
  };
}

const sectionOf = { evidence: 'evidence', facts: 'chronology', findings: 'experts', arguments: 'arguments' } as const;
