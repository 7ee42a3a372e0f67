import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { THEMES } from '../model/themes';
import { currentView } from '../render/current-view';
import { inLang, type Bilingual, type StoryStep } from '../state/story';
import { storyActions } from '../state/story-actions';
import { storyLink } from './story-link';
import { useExplorer } from './use-explorer';

const camera = () => currentView()?.cameraState() ?? null;

/** Title and caption in both languages, side by side: a forum audience may read either. */
function BilingualField({
  label,
  value,
  onChange,
  multiline,
  testId,
}: {
  label: string;
  value: Bilingual;
  onChange(value: Bilingual): void;
  multiline?: boolean;
  testId: string;
}) {
  return (
    <fieldset className="bilingual">
      <legend>{label}</legend>
      {(['ja', 'en'] as const).map((lang) => {
        const props = {
          lang,
          value: value[lang],
          'aria-label': `${label} (${lang === 'ja' ? '日本語' : 'English'})`,
          placeholder: lang === 'ja' ? '日本語' : 'English',
          'data-testid': `${testId}-${lang}`,
          onChange: (e: { target: { value: string } }) =>
            onChange({ ...value, [lang]: e.target.value }),
        };
        return multiline ? (
          <textarea key={lang} rows={2} {...props} />
        ) : (
          <input key={lang} {...props} />
        );
      })}
    </fieldset>
  );
}

function StepEditor({ step, index, count }: { step: StoryStep; index: number; count: number }) {
  const { t } = useTranslation();
  return (
    <div className="step-editor" data-testid="step-editor">
      <BilingualField
        label={t('story.stepTitle')}
        value={step.title}
        testId="step-title"
        onChange={(title) => storyActions.edit(step.id, { title })}
      />
      <BilingualField
        label={t('story.caption')}
        value={step.caption}
        testId="step-caption"
        multiline
        onChange={(caption) => storyActions.edit(step.id, { caption })}
      />
      <div className="button-row">
        <button
          type="button"
          onClick={() => storyActions.move(step.id, -1)}
          disabled={index === 0}
          aria-label={t('story.earlier')}
          title={t('story.earlier')}
          data-testid="step-earlier"
        >
          ←
        </button>
        <button
          type="button"
          onClick={() => storyActions.move(step.id, 1)}
          disabled={index === count - 1}
          aria-label={t('story.later')}
          title={t('story.later')}
          data-testid="step-later"
        >
          →
        </button>
        <button
          type="button"
          onClick={() => storyActions.recapture(step.id, camera())}
          data-testid="step-recapture"
        >
          {t('story.recapture')}
        </button>
        <button
          type="button"
          onClick={() => storyActions.duplicate(step.id)}
          data-testid="step-duplicate"
        >
          {t('story.duplicate')}
        </button>
        <button
          type="button"
          onClick={() => storyActions.remove(step.id)}
          data-testid="step-delete"
        >
          {t('story.delete')}
        </button>
      </div>
    </div>
  );
}

/** The story: its steps as a strip of cards, the active step's editor, and "Present". */
export function StoryPanel() {
  const { t } = useTranslation();
  const story = useExplorer((s) => s.story);
  const active = useExplorer((s) => s.activeStep);
  const lang = useExplorer((s) => s.lang);
  const [copied, setCopied] = useState(false);
  const index = story.steps.findIndex((s) => s.id === active);
  const step = story.steps[index];
  return (
    <section className="story-panel" data-testid="story-panel" aria-label={t('story.heading')}>
      <div className="story-bar">
        <h2>{t('story.heading')}</h2>
        <button
          type="button"
          className="primary"
          data-testid="story-add"
          onClick={() => storyActions.add(camera())}
        >
          {t('story.add')}
        </button>
        <button
          type="button"
          data-testid="story-present"
          disabled={story.steps.length === 0}
          onClick={() => {
            storyActions.present(0);
            void document.documentElement.requestFullscreen?.().catch(() => undefined);
          }}
        >
          {t('story.present')}
        </button>
        <label className="inline">
          <span>{t('story.theme')}</span>
          <select
            value={story.theme}
            data-testid="story-theme"
            onChange={(e) =>
              storyActions.setMeta({ theme: e.target.value as (typeof THEMES)[number] })
            }
          >
            {THEMES.map((theme) => (
              <option key={theme} value={theme}>
                {t(`screen.themes.${theme}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline">
          <span>{t('story.labelScale')}</span>
          <select
            value={story.labelScale}
            data-testid="story-label-scale"
            onChange={(e) => storyActions.setMeta({ labelScale: Number(e.target.value) })}
          >
            {[1, 1.3, 1.6, 2, 2.5].map((v) => (
              <option key={v} value={v}>
                ×{v}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={story.steps.length === 0}
          data-testid="story-link"
          onClick={() =>
            void navigator.clipboard
              ?.writeText(storyLink())
              .then(() => setCopied(true))
              .catch(() => setCopied(false))
          }
        >
          {copied ? t('story.linkCopied') : t('story.link')}
        </button>
        <button
          type="button"
          className="close"
          aria-label={t('story.close')}
          title={t('story.close')}
          onClick={storyActions.toggle}
        >
          ×
        </button>
      </div>
      <div className="story-body">
        {story.steps.length === 0 ? (
          <p className="muted story-empty">{t('story.empty')}</p>
        ) : (
          <ol className="story-steps" data-testid="story-steps">
            {story.steps.map((s, i) => (
              <li key={s.id}>
                <button
                  type="button"
                  className={s.id === active ? 'step-card active' : 'step-card'}
                  aria-current={s.id === active ? 'step' : undefined}
                  data-testid="story-step"
                  onClick={() => storyActions.show(i)}
                >
                  <span className="step-number">{i + 1}</span>
                  <span className="step-title">
                    {inLang(s.title, lang) || t('story.untitled', { n: i + 1 })}
                  </span>
                </button>
              </li>
            ))}
          </ol>
        )}
        {step && <StepEditor step={step} index={index} count={story.steps.length} />}
      </div>
    </section>
  );
}
