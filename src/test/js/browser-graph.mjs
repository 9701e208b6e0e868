// Drives the real Neo4j Browser served by `kg serve` in headless Chromium, as a user would: log in,
// check that kg's style and guide arrived on connect, run a query, and read the graph view. Prints
// one JSON object with what the graph view shows and saves a screenshot. KgServeClientsTest runs it:
//   KG_BROWSER_URL=http://127.0.0.1:7474/browser/ KG_USER=neo4j KG_PASSWORD=... \
//   KG_QUERY='MATCH (d:Document)-[m:MENTIONS]->(e:Entity) RETURN d, m, e' \
//   KG_CHROMIUM=/usr/bin/chromium KG_SCREENSHOT=target/browser/graph.png node browser-graph.mjs
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { required } from './environment.mjs'

const browserUrl = required('KG_BROWSER_URL')
const screenshot = required('KG_SCREENSHOT')
const STEP_TIMEOUT = 60_000

// Without the background-networking flags Chromium keeps dialling Google, which a closed network refuses.
const userDataDir = mkdtempSync(join(tmpdir(), 'kg-chromium-'))
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: required('KG_CHROMIUM'),
  headless: true,
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'
  ],
  viewport: { width: 1600, height: 1000 }
})
const page = context.pages()[0] ?? await context.newPage()
page.setDefaultTimeout(STEP_TIMEOUT)
try {
  await page.goto(browserUrl)
  await logIn()
  const styleCommand = await page.locator('[data-testid="frameCommand"]', { hasText: ':style http' }).first().textContent()
  const guideTitle = await page.locator('[data-testid="guidesDrawer"] h3').first().textContent()
  // The guide opens in a sidebar; closing it leaves the graph the whole width.
  await page.click('[data-testid="navigationGuides"]')
  await runQuery(required('KG_QUERY'))
  const graph = page.locator('[data-testid="frame"]').first()
  await graph.locator('svg g.node').first().waitFor()
  await graph.locator('button[title="Fullscreen"]').click()
  await graph.locator('button[title="Collapse the node properties display"]').click()
  await graph.locator('[aria-label="zoom-to-fit"]').click()
  await settled()
  await page.screenshot({ path: screenshot })
  console.log(JSON.stringify({
    styleCommand: styleCommand.trim(),
    guideTitle: guideTitle.trim(),
    nodes: await graph.locator('svg g.node').evaluateAll(nodes => nodes.map(node => ({
      caption: Array.from(node.querySelectorAll('text.caption'), line => line.textContent.trim()).join(' '),
      fill: node.querySelector('circle.b-outline').getAttribute('fill')
    }))),
    relationships: await graph.locator('svg g.relationship').count()
  }))
} catch (error) {
  await page.screenshot({ path: screenshot.replace(/\.png$/, '-failure.png') })
  throw error
} finally {
  await context.close()
  rmSync(userDataDir, { recursive: true, force: true })
}

async function logIn () {
  await page.fill('[data-testid="username"]', required('KG_USER'))
  await page.fill('[data-testid="password"]', required('KG_PASSWORD'))
  await page.click('[data-testid="connect"]')
  await page.locator('[data-testid="frameCommand"]', { hasText: ':style http' }).first().waitFor()
  await page.locator('[data-testid="guidesDrawer"] h3').first().waitFor()
}

async function runQuery (cypher) {
  await page.click('[data-testid="activeEditor"]')
  await page.keyboard.type(cypher)
  await page.keyboard.press('Control+Enter')
  await page.locator('[data-testid="frameCommand"]', { hasText: cypher.slice(0, 20) }).first().waitFor()
}

// The layout animates for a while; the screenshot waits until no node moves between two looks.
async function settled () {
  await page.waitForFunction(() => {
    const positions = Array.from(document.querySelectorAll('svg g[transform]'), g => g.getAttribute('transform')).join()
    const still = positions === window.kgLastPositions
    window.kgLastPositions = positions
    return still
  }, null, { polling: 500, timeout: STEP_TIMEOUT })
}
