import type { Routing } from '../../utils/builtin/routing';
import { FEATURES, RoutingSchema, type Feature, type Settings } from '../../utils/settings/schema';
import { t, type MessageKey } from '../../utils/i18n/t';

const FEATURE_LABELS: Record<Feature, MessageKey> = { translate: 'featureTranslation', chat: 'featureChat', replies: 'featureReplies' };
const ROUTING_LABELS: Record<Routing, MessageKey> = {
  'builtin-first': 'builtinRoutingBuiltinFirst',
  provider: 'builtinRoutingProvider',
  builtin: 'builtinRoutingBuiltin',
};

interface Props {
  routing: Settings['routing'];
  onChange: (routing: Settings['routing']) => void;
}

/** Per feature: the browser's on-device models, the user's provider, or the device first. */
export function RoutingFields({ routing, onChange }: Props) {
  return (
    <fieldset>
      <legend>{t('builtinWhoAnswers')}</legend>
      {FEATURES.map((feature) => (
        <div className="field" key={feature}>
          <label htmlFor={`routing-${feature}`}>{t(FEATURE_LABELS[feature])}</label>
          <select id={`routing-${feature}`} value={routing[feature]} onChange={(event) => {
              const chosen = RoutingSchema.safeParse(event.target.value);
              if (chosen.success) onChange({ ...routing, [feature]: chosen.data });
            }}>
            {(Object.keys(ROUTING_LABELS) as Routing[]).map((value) => (
              <option key={value} value={value}>
                {t(ROUTING_LABELS[value])}
              </option>
            ))}
          </select>
        </div>
      ))}
    </fieldset>
  );
}
