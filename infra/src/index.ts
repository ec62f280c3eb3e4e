export { startLocalInfra, type LocalInfra, type LocalInfraOptions } from "./local-infra";
export { ensureTopics } from "./topics/ensure-topics";
export { loadTopicSpec, type TopicToCreate } from "./topics/topic-spec";
export { KafkaNode } from "./kafka/kafka-node";
export { FerretdbNode } from "./ferretdb/ferretdb-node";
export { fetchKafka } from "./kafka/fetch-kafka";
export { buildFerretdb } from "./ferretdb/build-ferretdb";
export { waitUntil } from "./process/wait-until";
export { freePort } from "./process/free-port";
