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
export { importAwards, ImportError, reasonOf, type ImportAwardsOptions, type ImportSummary, type BadRow, type RowIssue, type EntityCount } from './core/import/importer.js';
export { IMPORT_COLUMNS, TEMPLATE_KEYS, mapHeaders, normaliseHeader, type ImportColumn } from './core/import/columns.js';
export { IMPORT_FORMATS, formatFromName, type ImportFormat } from './core/import/sources.js';
export { writeImportTemplate } from './core/import/template.js';
export { awardExport, recipientExport, rosterExport, countsExport, writeExport, awardExportKeys, type ExportTable } from './core/export/export.js';
export { openTableWriter, FILE_FORMATS, type FileFormat, type Sink, type TableWriter } from './render/render.js';
