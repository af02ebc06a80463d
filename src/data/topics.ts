/** IPTC Media Topics, top level: the taxonomy every record's `topics` come from. */
import table from './topics.json' with { type: 'json' };

export interface TopicDefinition {
  id: string;
  iptc: string;
  label: Record<string, string>;
}

export const TOPICS: readonly TopicDefinition[] = table;

const byKey = new Map<string, TopicDefinition>();
for (const topic of TOPICS) {
  byKey.set(topic.id, topic);
  byKey.set(topic.iptc, topic);
  byKey.set(topic.iptc.slice('medtop:'.length), topic);
  for (const label of Object.values(topic.label)) byKey.set(label.toLowerCase(), topic);
}

/** Finds a topic by id, IPTC code or label in any language; undefined when unknown. */
export function findTopic(key: string): TopicDefinition | undefined {
  return byKey.get(key.trim().toLowerCase());
}

/** The topic's label in `language`, falling back to English. */
export function topicLabel(topic: TopicDefinition, language: string): string {
  return topic.label[language] ?? topic.label.en ?? topic.id;
}
