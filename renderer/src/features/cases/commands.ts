import { db } from '../../db/database';
import { caseCommands } from './case-commands';

/** The app's case commands, bound to the one database. */
export const cases = caseCommands(db);
