/**
 * Reading IAB TCF v2 consent strings with IAB Tech Lab's decoder, turned into the model's
 * {@link dev.candor.model.TcDecoded}. A string is site input: whatever it holds, reading it
 * ends in a decoding or a reason why not, never an exception.
 */
package dev.candor.rules.tcf;
