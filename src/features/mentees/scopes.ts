import { ownerResolver } from '../../db/owner-resolver';
import { mentees } from './tables';

export const organisationOfMentee = ownerResolver(mentees);
