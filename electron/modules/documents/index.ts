/** Documents (oficios, memorándums): drafts, issue, lifecycle. */
export { list, get, createDraft, updateDraft, discardDraft, pdf } from './drafts';
export { registerSent, registerAcuse, cancel } from './lifecycle';
export { previewJob, issueJob, issueBatchJob } from './issue';
