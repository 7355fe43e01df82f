import {Layout} from './layout.tsx'

/** The 404 page: says what happened and where to go instead. */
export function NotFoundPage() {
  return (
    <Layout title="Page not found" lang="en">
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have moved, or the address may have a typing mistake.</p>
      <p>
        <a href="/">Go to the list of articles</a>
      </p>
    </Layout>
  )
}
