import { ownerResolver } from '../../db/owner-resolver';
import { matchGoals, meetings } from './tables';

export const organisationOfMeeting = ownerResolver(meetings);
export const organisationOfGoal = ownerResolver(matchGoals);
