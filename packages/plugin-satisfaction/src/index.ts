/**
 * "Sudah beres?": asks the resident whether the answer fixed it, for a rating and a comment.
 *
 * @packageDocumentation
 * @module @aduan/plugin-satisfaction
 */
export { type AnswerEffect, type QuestionKind, type SatisfactionLanguage, questionText, thanksText } from './messages.js';
export { SATISFACTION_ANSWERED, SATISFACTION_ASKED } from './open-question.js';
export { MAX_COMMENT_LENGTH, parseSatisfactionAnswer, type SatisfactionAnswer } from './parse-answer.js';
export { type AskedPayload, checkAnswered, checkAsked, type SatisfactionRound } from './payloads.js';
export { satisfactionAnswers, type SatisfactionRecord } from './satisfaction-answers.js';
export {
  SATISFACTION_PLUGIN,
  satisfaction,
  type SatisfactionOptions,
  type SatisfactionRecheckOptions,
} from './satisfaction-plugin.js';
