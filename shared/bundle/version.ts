/** Printed in the integrity appendix and the PDF producer field. */
export const BUILDER_NAME = 'Expediente bundle builder 1 (pdf-lib 1.17.1, DejaVu Sans 2.37)';
