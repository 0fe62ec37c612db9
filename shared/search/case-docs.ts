import type { ExpertReport, Fact, FuzzyDate, LegalArgument } from '../domain/types';
import { bodyBlocks } from '../legal/body-blocks';

/** A chronology fact as searched: its number as either interface calls it ("Fact 12", "Hecho 12") and its text; the date rides along for the result's label. */
export interface FactDoc {
  id: string;
  label: string;
  text: string;
  number: number;
  date: FuzzyDate;
}

/** One finding of an expert report (or the report's summary of conclusions, findingNo null) as searched. */
export interface FindingDoc {
  id: string;
  report: string;
  text: string;
  reportId: string;
  findingNo: number | null;
}

/** A legal argument as searched: heading, and body, elements and counter-arguments as one text. */
export interface ArgumentDoc {
  id: string;
  heading: string;
  body: string;
}

export function toFactDoc(fact: Fact): FactDoc {
  return { id: fact.id, label: `Fact ${fact.number} Hecho ${fact.number}`, text: fact.text, number: fact.number, date: fact.date };
}

/** Each finding is its own result, so a match opens the report at the right finding; conclusions count as one more. */
export function toFindingDocs(report: ExpertReport): FindingDoc[] {
  const docs: FindingDoc[] = report.findings.map((finding, i) => ({
    id: `${report.id}/${finding.id}`, report: report.title, text: finding.text, reportId: report.id, findingNo: i + 1,
  }));
  if (report.conclusions.trim()) {
    docs.push({ id: `${report.id}/conclusions`, report: report.title, text: report.conclusions, reportId: report.id, findingNo: null });
  }
  return docs;
}

/** The argument's words in reading order; citations are ids, not words, so they are left out. */
export function argumentText(argument: LegalArgument): string {
  const body = bodyBlocks(argument.body).map((block) => block.parts.filter((p): p is string => typeof p === 'string').join(''));
  const elements = argument.elements.map((e) => e.text);
  const counters = argument.counterArguments.flatMap((c) => [c.text, c.reply]);
  return [...body, ...elements, ...counters].filter((t) => t.trim()).join('\n');
}

export function toArgumentDoc(argument: LegalArgument): ArgumentDoc {
  return { id: argument.id, heading: argument.heading, body: argumentText(argument) };
}
