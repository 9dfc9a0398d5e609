import { ownerResolver } from '../../db/owner-resolver';
import { concerns, contactRequests, helpRequests, matchGoals, meetings } from './tables';

export const organisationOfMeeting = ownerResolver(meetings);
export const organisationOfGoal = ownerResolver(matchGoals);
export const organisationOfConcern = ownerResolver(concerns);
export const organisationOfHelpRequest = ownerResolver(helpRequests);
export const organisationOfContactRequest = ownerResolver(contactRequests);
