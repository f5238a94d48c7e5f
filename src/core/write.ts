/**
 * Every service that writes, in one module: the command line loads it (and zod with it) only when a
 * command writes, so read commands start faster.
 */
export { addBody, editBody } from './body/service.js';
export { addRecipient, editRecipient } from './recipient/service.js';
export { addAwardType, editAwardType } from './award-type/service.js';
export { addDecision } from './decision/service.js';
export { recordAward } from './award/service.js';
export { recordAwardChecked } from './checks/write.js';
export { editAward } from './award/edit.js';
export { revokeAward, stripAward, voidAward, annulDecision } from './award/revoke.js';
export { editDecision } from './decision/edit.js';
export { addCeremony, presentAwards } from './ceremony/service.js';
export { editCeremony, movePresentations, withdrawPresentations } from './ceremony/edit.js';
export { reinstateAward } from './award/reinstate.js';
export { mergeRecipients } from './recipient/merge.js';
export { buildDemo, DEMO_CEREMONY } from './demo.js';
