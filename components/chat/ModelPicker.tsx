import { useId, useState } from 'react';
import { loadChatRuntime } from './load-chat-runtime';
import { t } from '../../utils/i18n/t';

interface Props {
  /** Null: the model from settings. */
  model: string | null;
  onChange: (model: string | null) => void;
}

/** Free text (any model the provider serves) with the provider's list as suggestions. */
export function ModelPicker({ model, onChange }: Props) {
  const listId = useId();
  const [value, setValue] = useState(model ?? '');
  const [suggestions, setSuggestions] = useState<string[] | null>(null);
  const [defaultModel, setDefaultModel] = useState('');

  const [shownModel, setShownModel] = useState(model);
  // Another conversation (or the other surface) changed the model: show it.
  if (model !== shownModel) {
    setShownModel(model);
    setValue(model ?? '');
  }

  const loadSuggestions = () => {
    if (suggestions !== null) return;
    setSuggestions([]);
    loadChatRuntime().then((runtime) => runtime.listModels()).then(
      (answer) => {
        setSuggestions(answer.models);
        setDefaultModel(answer.defaultModel);
      },
      // Suggestions are a convenience: a server without /models still takes a typed name.
      () => undefined,
    );
  };

  const commit = () => {
    const next = value.trim() || null;
    if (next !== model) onChange(next);
  };

  return (
    <label className="model-picker">
      <span className="visually-hidden">{t('chatModel')}</span>
      <input
        aria-label={t('chatModel')}
        list={listId}
        value={value}
        placeholder={defaultModel ? t('chatDefaultModelNamed', defaultModel) : t('chatDefaultModel')}
        onFocus={loadSuggestions}
        onChange={(event) => setValue(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      <datalist id={listId}>
        {suggestions?.map((id) => <option key={id} value={id} />)}
      </datalist>
    </label>
  );
}
