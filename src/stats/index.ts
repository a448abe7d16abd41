export { computeStats, type DailyCount, type Stats } from './compute.js';
export { type FolderVocabulary, folderTerms, folderVocabulary } from './folder-terms.js';
export { dayOf, keys as statsKeys, lastDays } from './keys.js';
export {
  type AnswerEvent,
  NOT_FOUND_K,
  recordAnswer,
  recordCitation,
  recordFeedback,
  recordNotFound,
  recordReferral,
} from './record.js';
export { clusterId, notFoundTopic } from './topic.js';
