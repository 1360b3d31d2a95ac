/**
 * Judgement: {@link dev.candor.rules.Evaluator#evaluate} is a pure function from saved evidence
 * (the record and the policy as read) to findings, given the rule catalogue and the knowledge base,
 * so an audit folder can be judged again offline with another policy, catalogue or knowledge base.
 */
package dev.candor.rules;
