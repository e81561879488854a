import type { Routing } from '../../utils/builtin/routing';
import { FEATURES, RoutingSchema, type Feature, type Settings } from '../../utils/settings/schema';

const FEATURE_LABELS: Record<Feature, string> = { translate: 'Translation', chat: 'Chat', replies: 'Suggested replies' };
const ROUTING_LABELS: Record<Routing, string> = {
  'builtin-first': 'On this device when it can, else my provider',
  provider: 'Always my provider',
  builtin: 'Always on this device',
};

interface Props {
  routing: Settings['routing'];
  onChange: (routing: Settings['routing']) => void;
}

/** Per feature: the browser's on-device models, the user's provider, or the device first. */
export function RoutingFields({ routing, onChange }: Props) {
  return (
    <fieldset>
      <legend>Who answers</legend>
      {FEATURES.map((feature) => (
        <div className="field" key={feature}>
          <label htmlFor={`routing-${feature}`}>{FEATURE_LABELS[feature]}</label>
          <select id={`routing-${feature}`} value={routing[feature]} onChange={(event) => {
              const chosen = RoutingSchema.safeParse(event.target.value);
              if (chosen.success) onChange({ ...routing, [feature]: chosen.data });
            }}>
            {(Object.keys(ROUTING_LABELS) as Routing[]).map((value) => (
              <option key={value} value={value}>
                {ROUTING_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
      ))}
    </fieldset>
  );
}
