import { PrivacyErasureRequestedV1, Topics } from "@counselling/contracts";
import { IdempotentConsumer, type IdempotentConsumerOptions, on } from "@counselling/platform";
import type { EraseClientData } from "../../../application/erase-client-data/erase-client-data.use-case";

export type PrivacyErasuresConsumerOptions = Pick<
  IdempotentConsumerOptions,
  "kafka" | "groupId" | "topicPrefix" | "processed" | "deadLetters" | "logger"
> & { eraseClientData: EraseClientData };

/**
 * Reads privacy.erasures.v1 and erases what the referral service holds of the person
 * named by each `privacy.erasure_requested`. The other services' `privacy.erasure_confirmed`
 * on the same topic have no handler here, so the consumer skips them (never dead letters).
 */
export function createPrivacyErasuresConsumer(options: PrivacyErasuresConsumerOptions): IdempotentConsumer {
  return new IdempotentConsumer({
    kafka: options.kafka,
    groupId: options.groupId,
    topics: [Topics.privacyErasures],
    topicPrefix: options.topicPrefix,
    handlers: [
      on(PrivacyErasureRequestedV1, async (envelope) => {
        const { recordsErased } = await options.eraseClientData.execute(envelope);
        // Ids and counts only: the request carries no personal data, the log neither.
        options.logger.info(
          { requestId: envelope.data.requestId, recordsErased },
          "erasure request honoured",
        );
      }),
    ],
    processed: options.processed,
    deadLetters: options.deadLetters,
    logger: options.logger,
  });
}
