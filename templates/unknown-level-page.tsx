import {Layout} from './layout.tsx'
import {levelHref, levelLabels} from './level-switch.tsx'
import {levelNames} from '../src/simplify/level.ts'

/** The 400 page for an article address with a reading level or view that does not exist. */
export function UnknownLevelPage(props: {readonly slug: string; readonly title: string; readonly lang: string}) {
  return (
    <Layout title="Unknown reading level" lang="en">
      <h1>Unknown reading level</h1>
      <p>This address asks for a version of the article that does not exist. Choose one of these:</p>
      <ul>
        {levelNames.map((name) => (
          <li>
            <a href={levelHref(props.slug, name)}>
              {`${levelLabels[name]}: `}
              <span lang={props.lang}>{props.title}</span>
            </a>
          </li>
        ))}
      </ul>
    </Layout>
  )
}
