import { ownerResolver } from '../../db/owner-resolver';
import { childCertificates, nominations, programMentors, referenceRequests } from './tables';

export const organisationOfProgramMentor = ownerResolver(programMentors);
export const organisationOfNomination = ownerResolver(nominations);
export const organisationOfReferenceRequest = ownerResolver(referenceRequests);
export const organisationOfChildCertificate = ownerResolver(childCertificates);
