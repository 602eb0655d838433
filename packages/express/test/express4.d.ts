// `express4` is Express 4 installed under an alias (devDependencies) to test the peer range
// ^4.21; the few calls these tests make have the same shape in Express 5's types.
declare module 'express4' {
  import express from 'express'
  export default express
}
