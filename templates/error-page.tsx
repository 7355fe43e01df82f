import {Layout} from './layout.tsx'

/** The page for a request that failed: what happened and where to go instead. */
export function ErrorPage(props: {readonly status: number; readonly message: string}) {
  return (
    <Layout title={props.status === 500 ? 'Something went wrong' : 'Request not understood'} lang="en">
      <h1>{props.status === 500 ? 'Something went wrong' : 'Request not understood'}</h1>
      <p>{props.message}</p>
      <p>
        <a href="/">Go to the list of articles</a>
      </p>
    </Layout>
  )
}
