import express from 'express'
import { expectTypeOf, it } from 'vitest'

// The hint the parser-first error gives (packages/express/src/read-body.ts) must compile when a
// merchant pastes it into a strict TypeScript app (issue #10).
it('the rawBody hint compiles under strict', () => {
  const parser = express.json({ verify: (req, _res, buf) => Object.assign(req, { rawBody: buf }) })
  expectTypeOf(parser).toBeFunction()
})
