/**
 * tdkt as a library: everything the command line does, for scripts.
 *
 *   import { openRegistry, recordAward, buildRoster } from 'tdkt';
 */
export { openRegistry, defaultRegistryPath, SCHEMA_VERSION, type Registry, type OpenOptions, type Clock } from './core/db.js';
export * from './core/errors.js';
export * from './core/domain.js';
export { fold, slugify, compareVi, givenNameFirst, viDateLine } from './core/text.js';
export { parseDate, parsePeriod, parseDecisionNumber, formatPeriod } from './core/parse.js';
export { addBody, editBody } from './core/body/service.js';
export { listBodies, getBody } from './core/body/queries.js';
export type { Body, BodyInput } from './core/body/body.js';
export { addRecipient, editRecipient } from './core/recipient/service.js';
export { listRecipients, getRecipient } from './core/recipient/queries.js';
export type { Recipient, RecipientInput, RecipientEdit } from './core/recipient/recipient.js';
export { addAwardType, editAwardType } from './core/award-type/service.js';
export { listAwardTypes, getAwardType } from './core/award-type/queries.js';
export { CATALOGUE } from './core/award-type/catalogue.js';
export type { AwardType, AwardTypeInput } from './core/award-type/award-type.js';
export { addDecision } from './core/decision/service.js';
export { listDecisions, getDecision } from './core/decision/queries.js';
export type { Decision, DecisionInput } from './core/decision/decision.js';
export { recordAward } from './core/award/service.js';
export { listAwards, getAward } from './core/award/queries.js';
export type { Award, AwardInput, AwardStatus } from './core/award/award.js';
export { addCeremony, presentAwards } from './core/ceremony/service.js';
export { listCeremonies, getCeremony } from './core/ceremony/queries.js';
export type { Ceremony, CeremonyInput, PresentInput } from './core/ceremony/ceremony.js';
export { buildRoster, type Roster, type RosterLine } from './core/report/roster.js';
export { countAwards, totalOf, type CountRow, type CountFilter } from './core/report/counts.js';
export { recipientHistory, type History, type HistoryEntry } from './core/report/history.js';
export { searchRegistry, type SearchHit } from './core/search.js';
export { resolveRecipient, resolveBody, resolveCeremony, resolveDecision, resolveAwardType } from './core/resolve.js';
export { loadFixture, type Fixture } from './core/fixture.js';
export { buildDemo, seedFixture, DEMO_CEREMONY } from './core/demo.js';
export { editAward, type AwardEdit } from './core/award/edit.js';
export { revokeAward, stripAward, voidAward, annulDecision, getRevocation, REVOKE_GROUNDS, type Revocation, type RevocationInput, type StripInput, type VoidInput, type Annulment } from './core/award/revoke.js';
export { editDecision, type DecisionEdit } from './core/decision/edit.js';
export { AUDITED_ENTITIES, canonicalJson, eventHash, GENESIS_HASH } from './core/audit.js';
export { listAuditEvents, resolveRecord, describeChanges, instantOf, type AuditEntry, type AuditFilter, type RecordTarget } from './core/trust/log.js';
export { verifyRegistry, type VerifyReport, type VerifyOptions, type Problem, type ProblemKind, type Anchor } from './core/trust/verify.js';
export { backupRegistry, restoreRegistry, verifyBackup, summarise, type BackupResult, type RestoreResult, type RegistrySummary } from './core/trust/backup.js';
