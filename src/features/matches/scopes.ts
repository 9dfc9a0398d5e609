import { ownerResolver } from '../../db/owner-resolver';
import { matches } from './tables';

export const organisationOfMatch = ownerResolver(matches);
