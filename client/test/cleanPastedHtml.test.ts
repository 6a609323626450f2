// @vitest-environment happy-dom
import { schemaExtensions } from '@referat/shared'
import { Editor, getSchema, type JSONContent } from '@tiptap/core'
import { DOMParser as PMDOMParser, type Node as PMNode } from '@tiptap/pm/model'
import { TextSelection } from '@tiptap/pm/state'
import { afterEach, describe, expect, it } from 'vitest'
import { cleanPastedHtml } from '../src/editor/cleanPastedHtml'
import { WordPaste } from '../src/editor/WordPaste'

// Word 2016 on Windows as Chrome hands it over (text/html): the whole document with its head,
// the copied part between StartFragment and EndFragment.
const wordDocument = (body: string) => `<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List
href="file:///C:/Users/kari/AppData/Local/Temp/msohtmlclip1/01/clip_filelist.xml">
<!--[if gte mso 9]><xml>
 <o:OfficeDocumentSettings>
  <o:AllowPNG/>
 </o:OfficeDocumentSettings>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:Symbol;
	panose-1:5 5 1 2 1 7 6 2 5 7;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	margin-top:0cm;
	margin-bottom:8.0pt;
	font-family:"Calibri",sans-serif;}
@list l0:level1
	{mso-level-tab-stop:none;
	mso-level-number-position:left;}
-->
</style>
</head>

<body lang=NO-BOK style='tab-interval:35.4pt;word-wrap:break-word'>
<!--StartFragment-->
${body}
<!--EndFragment-->
</body>

</html>`

const WORD_HEADING = `<p class=MsoTitle><span lang=NO-BOK>Styremøte i Osloregionen<o:p></o:p></span></p>

<h1><a name="_Toc160000001"></a><span lang=NO-BOK style='mso-fareast-language:EN-US'>Orienteringssaker<o:p></o:p></span></h1>

<h3><span lang=NO-BOK>Bakgrunn</span><span lang=NO-BOK style='mso-spacerun:yes'>&nbsp; </span><span
lang=NO-BOK>for saken<o:p></o:p></span></h3>`

const WORD_PARAGRAPH = `<p class=MsoNormal><span lang=NO-BOK style='font-size:12.0pt;line-height:107%;
mso-ascii-font-family:Calibri'>Styret har </span><b style='mso-bidi-font-weight:normal'><span
lang=NO-BOK style='font-size:12.0pt;line-height:107%'>vedtatt</span></b><span lang=NO-BOK
style='font-size:12.0pt;line-height:107%'> budsjettet,<span style='mso-spacerun:yes'>&nbsp;&nbsp;&nbsp;
</span>se </span><i style='mso-bidi-font-style:normal'><span lang=NO-BOK style='font-size:12.0pt'>vedlegg
1</span></i><span lang=NO-BOK style='font-size:12.0pt'> og </span><a
href="https://www.osloregionen.no/budsjett"><span lang=NO-BOK style='font-size:12.0pt;
color:#0563C1'>nettsiden</span></a><span lang=NO-BOK style='font-size:12.0pt'>.<o:p></o:p></span></p>

<p class=MsoNormal><span lang=NO-BOK><o:p>&nbsp;</o:p></span></p>`

const listParagraph = (
  position: 'First' | 'Middle' | 'Last',
  list: string,
  level: number,
  marker: string,
  markerFont: string,
  text: string,
) => `<p class=MsoListParagraphCxSp${position} style='margin-left:${18 * level}.0pt;mso-add-space:
auto;text-indent:-18.0pt;mso-list:${list} level${level} lfo1'><![if !supportLists]><span
lang=NO-BOK style='${markerFont}'><span style='mso-list:Ignore'>${marker}<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]><span lang=NO-BOK>${text}<o:p></o:p></span></p>`

const NUMBERED = 'mso-bidi-font-family:Calibri;mso-bidi-theme-font:minor-latin'
const SYMBOL = 'font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:Symbol'
const COURIER = 'font-family:"Courier New";mso-fareast-font-family:"Courier New"'
const WINGDINGS =
  'font-family:Wingdings;mso-fareast-font-family:Wingdings;mso-bidi-font-family:Wingdings'

const WORD_NUMBERED_LIST = [
  listParagraph('First', 'l0', 1, '1.', NUMBERED, 'Godkjenning av innkalling'),
  listParagraph('Middle', 'l0', 2, 'a.', NUMBERED, 'Merknader til sakslisten'),
  listParagraph('Middle', 'l0', 2, 'b.', NUMBERED, 'Habilitet'),
  listParagraph('Last', 'l0', 1, '2.', NUMBERED, 'Godkjenning av protokoll'),
].join('\n\n')

const WORD_BULLETED_LIST = [
  listParagraph('First', 'l1', 1, '·', SYMBOL, 'Økonomi'),
  listParagraph('Middle', 'l1', 2, 'o', COURIER, 'Regnskap per mars'),
  listParagraph('Middle', 'l1', 3, '§', WINGDINGS, 'Avvik'),
  listParagraph('Last', 'l1', 1, '·', SYMBOL, 'Bemanning'),
].join('\n\n')

const GOOGLE_DOCS = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-6f1c2b7e-7fff-3a1d-2f3e-8c5e1d2a9b01"><h1 dir="ltr" style="line-height:1.38;margin-top:20pt;margin-bottom:6pt;"><span style="font-size:20pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">Budsjett 2025</span></h1><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;white-space:pre-wrap;">Rammen er </span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:700;font-style:normal;white-space:pre-wrap;">12 millioner</span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;font-weight:400;font-style:italic;white-space:pre-wrap;"> foreløpig</span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;font-weight:400;font-style:normal;white-space:pre-wrap;">, se </span><a href="https://docs.google.com/spreadsheets/d/abc" style="text-decoration:none;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#1155cc;font-weight:400;text-decoration:underline;white-space:pre-wrap;">regnearket</span></a><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;font-weight:400;white-space:pre-wrap;">.</span></p><ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:disc;font-size:11pt;font-family:Arial,sans-serif;color:#000000;font-weight:400;" aria-level="1"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;white-space:pre-wrap;">Drift</span></p></li><ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:circle;font-size:11pt;font-weight:400;" aria-level="2"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="font-size:11pt;font-weight:400;white-space:pre-wrap;">Lønn</span></p></li></ul><li dir="ltr" style="list-style-type:disc;font-size:11pt;font-weight:400;" aria-level="1"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="font-size:11pt;font-weight:400;white-space:pre-wrap;">Investeringer</span></p></li></ul></b><br class="Apple-interchange-newline">`

const LIBREOFFICE = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"/><title></title>
<meta name="generator" content="LibreOffice 7.6.4.1 (Linux)"/>
<style type="text/css">@page { size: 21cm 29.7cm; margin: 2cm } p { line-height: 115%; margin-bottom: 0.25cm; background: transparent }</style>
</head><body lang="nb-NO" link="#000080" vlink="#800000" dir="ltr">
<h2 class="western">Eventuelt</h2>
<p style="line-height: 100%; margin-bottom: 0cm"><font face="Liberation Serif, serif"><span style="font-weight: bold">Neste møte</span> er <i>torsdag</i>.</font></p>
<ol><li><p style="line-height: 100%; margin-bottom: 0cm">Innkalling sendes</p></li><li><p style="line-height: 100%; margin-bottom: 0cm">Referat godkjennes</p></li></ol>
</body></html>`

const schema = getSchema(schemaExtensions)

/** The document the schema's own parse rules make of `html`, as the editor does on paste. */
function parse(html: string): PMNode {
  const container = document.createElement('div')
  container.innerHTML = html
  return PMDOMParser.fromSchema(schema).parse(container)
}

/** Block structure: textblocks as "type: text", other nodes as { type: children }. */
function outline(node: PMNode): unknown {
  if (node.isTextblock) return `${node.type.name}: ${node.textContent}`
  const children: unknown[] = []
  node.forEach((child) => children.push(outline(child)))
  return { [node.type.name]: children }
}

/** Every marked text run: [text, 'bold'/'italic'/'link=href' …]. */
function markedRuns(doc: PMNode): [string, ...string[]][] {
  const runs: [string, ...string[]][] = []
  doc.descendants((node) => {
    if (!node.isText || node.marks.length === 0) return
    const marks = node.marks.map((mark) =>
      mark.type.name === 'link' ? `link=${mark.attrs.href as string}` : mark.type.name,
    )
    runs.push([node.text ?? '', ...marks])
  })
  return runs
}

/** All text, textblocks separated by " | ". */
const allText = (doc: PMNode) => doc.textBetween(0, doc.content.size, ' | ', ' ')

function expectNoJunk(html: string): void {
  expect(html).not.toMatch(/\s(?:style|class|lang|align|dir|id)=/i)
  expect(html).not.toMatch(/<(?:span|font|o:p|w:|v:|meta|style|link|xml|b[\s>]|i[\s>])/i)
  expect(html).not.toMatch(/<!|mso-|&nbsp;|\u00a0/i)
}

describe('cleanPastedHtml on Word', () => {
  it('makes the title and heading 1 section headings and heading 3 a bold paragraph', () => {
    const html = cleanPastedHtml(wordDocument(WORD_HEADING))
    expect(html).toBe(
      '<h2 data-type="section-heading">Styremøte i Osloregionen</h2>' +
        '<h2 data-type="section-heading">Orienteringssaker</h2>' +
        '<p><strong>Bakgrunn for saken</strong></p>',
    )
    const doc = parse(html)
    expect(outline(doc)).toEqual({
      doc: [
        'sectionHeading: Styremøte i Osloregionen',
        'sectionHeading: Orienteringssaker',
        'paragraph: Bakgrunn for saken',
      ],
    })
    expect(markedRuns(doc)).toEqual([['Bakgrunn for saken', 'bold']])
  })

  it('keeps bold, italic and links, drops mso styles, o:p and spacing nbsp, and empty paragraphs', () => {
    const html = cleanPastedHtml(wordDocument(WORD_PARAGRAPH))
    expectNoJunk(html)
    expect(html).toBe(
      '<p>Styret har <strong>vedtatt</strong> budsjettet, se <em>vedlegg 1</em> og ' +
        '<a href="https://www.osloregionen.no/budsjett">nettsiden</a>.</p>',
    )
    const doc = parse(html)
    expect(outline(doc)).toEqual({
      doc: ['paragraph: Styret har vedtatt budsjettet, se vedlegg 1 og nettsiden.'],
    })
    expect(markedRuns(doc)).toEqual([
      ['vedtatt', 'bold'],
      ['vedlegg 1', 'italic'],
      ['nettsiden', 'link=https://www.osloregionen.no/budsjett'],
    ])
  })

  it('turns numbered list paragraphs into an ordered list nested by level, without markers', () => {
    const html = cleanPastedHtml(wordDocument(WORD_NUMBERED_LIST))
    expectNoJunk(html)
    expect(html).toBe(
      '<ol><li><p>Godkjenning av innkalling</p>' +
        '<ol><li><p>Merknader til sakslisten</p></li><li><p>Habilitet</p></li></ol></li>' +
        '<li><p>Godkjenning av protokoll</p></li></ol>',
    )
    expect(outline(parse(html))).toEqual({
      doc: [
        {
          orderedList: [
            {
              listItem: [
                'paragraph: Godkjenning av innkalling',
                {
                  orderedList: [
                    { listItem: ['paragraph: Merknader til sakslisten'] },
                    { listItem: ['paragraph: Habilitet'] },
                  ],
                },
              ],
            },
            { listItem: ['paragraph: Godkjenning av protokoll'] },
          ],
        },
      ],
    })
  })

  it('turns Symbol, Courier and Wingdings bullets into a bulleted list, three levels deep', () => {
    const doc = parse(cleanPastedHtml(wordDocument(WORD_BULLETED_LIST)))
    expect(outline(doc)).toEqual({
      doc: [
        {
          bulletList: [
            {
              listItem: [
                'paragraph: Økonomi',
                {
                  bulletList: [
                    {
                      listItem: [
                        'paragraph: Regnskap per mars',
                        { bulletList: [{ listItem: ['paragraph: Avvik'] }] },
                      ],
                    },
                  ],
                },
              ],
            },
            { listItem: ['paragraph: Bemanning'] },
          ],
        },
      ],
    })
    expect(allText(doc)).not.toMatch(/[·§]|\bo\b/)
  })

  it('loses no text of a whole pasted document, and no class or style reaches the editor', () => {
    const source = wordDocument(
      [WORD_HEADING, WORD_PARAGRAPH, WORD_NUMBERED_LIST, WORD_BULLETED_LIST].join('\n\n'),
    )
    const html = cleanPastedHtml(source)
    expectNoJunk(html)
    const doc = parse(html)
    expect(allText(doc)).toBe(
      [
        'Styremøte i Osloregionen',
        'Orienteringssaker',
        'Bakgrunn for saken',
        'Styret har vedtatt budsjettet, se vedlegg 1 og nettsiden.',
        'Godkjenning av innkalling',
        'Merknader til sakslisten',
        'Habilitet',
        'Godkjenning av protokoll',
        'Økonomi',
        'Regnskap per mars',
        'Avvik',
        'Bemanning',
      ].join(' | '),
    )
    // The lists stay two lists: a numbered list does not swallow the bulleted one after it.
    expect(doc.childCount).toBe(6)
    expect(doc.child(4).type.name).toBe('orderedList')
    expect(doc.child(5).type.name).toBe('bulletList')
  })

  it('keeps only http, https and mailto links; other addresses become plain text', () => {
    const html = cleanPastedHtml(
      wordDocument(`<p class=MsoNormal><a href="#_Toc160000001">Se sak 3</a>, <a
href="javascript:alert(1)">klikk</a>, <a href="file:///C:/Users/kari/budsjett.xlsx">budsjett</a>,
<a href="mailto:post@osloregionen.no">post@osloregionen.no</a> og <a
href="www.osloregionen.no">nettsiden</a><o:p></o:p></p>`),
    )
    expect(html).toBe(
      '<p>Se sak 3, klikk, budsjett, <a href="mailto:post@osloregionen.no">post@osloregionen.no</a>' +
        ' og <a href="https://www.osloregionen.no">nettsiden</a></p>',
    )
    expect(markedRuns(parse(html))).toEqual([
      ['post@osloregionen.no', 'link=mailto:post@osloregionen.no'],
      ['nettsiden', 'link=https://www.osloregionen.no'],
    ])
  })

  it('keeps a list together across Word’s empty and continuation paragraphs', () => {
    // Outlook and older Word write the conditionals as real comments; this list starts at 3.
    const html = cleanPastedHtml(
      wordDocument(`<p class=MsoListParagraphCxSpFirst style='mso-list:l2 level1 lfo3'><!--[if !supportLists]--><span
style='mso-list:Ignore'>3)<span style='font:7.0pt "Times New Roman"'>&nbsp; </span></span><!--[endif]-->Tredje
punkt<br style='mso-special-character:line-break'>
<![if !supportLineBreakNewLine]><br style='mso-special-character:line-break'>
<![endif]><o:p></o:p></p>

<p class=MsoListParagraphCxSpMiddle><o:p>&nbsp;</o:p></p>

<p class=MsoListParagraphCxSpMiddle>Mer om tredje punkt<o:p></o:p></p>

<p class=MsoListParagraphCxSpLast style='mso-list:l2 level1 lfo3'><!--[if !supportLists]--><span
style='mso-list:Ignore'>4)<span style='font:7.0pt "Times New Roman"'>&nbsp; </span></span><!--[endif]-->Fjerde
<span style='display:none;mso-hide:all'>skjult </span>punkt<br>koster kr&nbsp;100 i <st1:place
w:st="on">Oslo</st1:place><o:p></o:p></p>

<p class=MsoNormal>Etter listen<o:p></o:p></p>`),
    )
    expect(html).toBe(
      '<ol start="3"><li><p>Tredje punkt</p><p>Mer om tredje punkt</p></li>' +
        '<li><p>Fjerde punkt<br>koster kr&nbsp;100 i Oslo</p></li></ol>' +
        '<p>Etter listen</p>',
    )
    const doc = parse(html)
    expect(doc.firstChild?.attrs.start).toBe(3)
    expect(outline(doc)).toEqual({
      doc: [
        {
          orderedList: [
            { listItem: ['paragraph: Tredje punkt', 'paragraph: Mer om tredje punkt'] },
            { listItem: ['paragraph: Fjerde punktkoster kr\u00a0100 i Oslo'] },
          ],
        },
        'paragraph: Etter listen',
      ],
    })
  })

  it('makes a table one paragraph per row, cells separated by a tab', () => {
    const html = cleanPastedHtml(
      wordDocument(`<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0
 style='border-collapse:collapse;border:none;mso-yfti-tbllook:1184'>
 <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>
  <td width=302 valign=top style='width:226.55pt;border:solid windowtext 1.0pt'>
  <p class=MsoNormal><b>Navn<o:p></o:p></b></p>
  </td>
  <td width=302 valign=top style='width:226.55pt;border:solid windowtext 1.0pt'>
  <p class=MsoNormal><b>Rolle<o:p></o:p></b></p>
  </td>
 </tr>
 <tr style='mso-yfti-irow:1;mso-yfti-lastrow:yes'>
  <td width=302 valign=top style='width:226.55pt'>
  <p class=MsoNormal>Kari Nordmann<o:p></o:p></p>
  </td>
  <td width=302 valign=top style='width:226.55pt'>
  <p class=MsoNormal>Leder<o:p></o:p></p>
  <p class=MsoNormal>Valgkomité<o:p></o:p></p>
  </td>
 </tr>
</table>`),
    )
    expect(html).toBe(
      '<p><strong>Navn</strong>\t<strong>Rolle</strong></p>' +
        '<p>Kari Nordmann\tLeder<br>Valgkomité</p>',
    )
    expect(allText(parse(html))).toBe('Navn Rolle | Kari Nordmann Leder Valgkomité')
  })
})

describe('cleanPastedHtml on Google Docs and LibreOffice', () => {
  it("unwraps Google Docs' normal-weight <b> and reads bold and italic from the spans", () => {
    const html = cleanPastedHtml(GOOGLE_DOCS)
    expectNoJunk(html)
    const doc = parse(html)
    expect(outline(doc)).toEqual({
      doc: [
        'sectionHeading: Budsjett 2025',
        'paragraph: Rammen er 12 millioner foreløpig, se regnearket.',
        {
          bulletList: [
            {
              listItem: ['paragraph: Drift', { bulletList: [{ listItem: ['paragraph: Lønn'] }] }],
            },
            { listItem: ['paragraph: Investeringer'] },
          ],
        },
      ],
    })
    expect(markedRuns(doc)).toEqual([
      ['12 millioner', 'bold'],
      [' foreløpig', 'italic'],
      ['regnearket', 'link=https://docs.google.com/spreadsheets/d/abc'],
    ])
  })

  it('cleans LibreOffice HTML by its generator', () => {
    const html = cleanPastedHtml(LIBREOFFICE)
    expectNoJunk(html)
    const doc = parse(html)
    expect(outline(doc)).toEqual({
      doc: [
        'sectionHeading: Eventuelt',
        'paragraph: Neste møte er torsdag.',
        {
          orderedList: [
            { listItem: ['paragraph: Innkalling sendes'] },
            { listItem: ['paragraph: Referat godkjennes'] },
          ],
        },
      ],
    })
    expect(markedRuns(doc)).toEqual([
      ['Neste møte', 'bold'],
      ['torsdag', 'italic'],
    ])
  })

  it('makes headings inside list items bold paragraphs, never section headings', () => {
    const html = cleanPastedHtml(
      `<meta name="generator" content="LibreOffice 7.6"/><ul><li><h1>Tittel</h1></li></ul>`,
    )
    expect(html).toBe('<ul><li><p><strong>Tittel</strong></p></li></ul>')
  })
})

describe('cleanPastedHtml on other HTML', () => {
  const editors: Editor[] = []
  afterEach(() => editors.splice(0).forEach((editor) => editor.destroy()))

  it('returns HTML from web pages and plain editors unchanged', () => {
    for (const html of [
      '<p style="color:red">Hei <b>du</b></p>',
      '<h1 class="title">Overskrift</h1><ul><li>Punkt</li></ul>',
      '<section data-type="agenda-item"><h3 data-type="agenda-title">Sak</h3></section>',
    ]) {
      expect(cleanPastedHtml(html)).toBe(html)
    }
  })

  it('returns our own copy between editors unchanged, even when its text looks like Word', () => {
    const editor = new Editor({
      extensions: schemaExtensions,
      content: {
        type: 'doc',
        content: [
          { type: 'sectionHeading', content: [{ type: 'text', text: 'Saker' }] },
          {
            type: 'agendaItem',
            attrs: { id: 'a1', kind: 'approval' },
            content: [
              { type: 'agendaTitle', content: [{ type: 'text', text: 'Budsjett' }] },
              {
                type: 'paragraph',
                content: [
                  { type: 'text', text: "Word skriver style='mso-list:l0' og class=MsoNormal" },
                ],
              },
            ],
          },
        ],
      },
    })
    editors.push(editor)
    const { dom } = editor.view.serializeForClipboard(
      editor.state.doc.slice(0, editor.state.doc.content.size),
    )
    const html = dom.innerHTML
    expect(html).toContain('data-pm-slice')
    expect(html).toContain('mso-list:l0')
    expect(cleanPastedHtml(html)).toBe(html)
  })
})

describe('WordPaste in the editor', () => {
  const editors: Editor[] = []
  afterEach(() => editors.splice(0).forEach((editor) => editor.destroy()))

  const item = (id: string, ...content: JSONContent[]): JSONContent => ({
    type: 'agendaItem',
    attrs: { id, kind: 'discussion' },
    content: [{ type: 'agendaTitle', content: [{ type: 'text', text: `Sak ${id}` }] }, ...content],
  })
  const paragraph = (text: string): JSONContent => ({
    type: 'paragraph',
    content: [{ type: 'text', text }],
  })

  function editorWith(content: JSONContent[], cursorAfter: string): Editor {
    const editor = new Editor({
      extensions: [...schemaExtensions, WordPaste],
      content: { type: 'doc', content },
    })
    editors.push(editor)
    let cursor = -1
    editor.state.doc.descendants((node, pos) => {
      const at = node.isText ? (node.text?.indexOf(cursorAfter) ?? -1) : -1
      if (cursor < 0 && at >= 0) cursor = pos + at + cursorAfter.length
    })
    editor.view.dispatch(
      editor.state.tr.setSelection(TextSelection.create(editor.state.doc, cursor)),
    )
    return editor
  }

  const pasted = wordDocument(
    [
      `<p class=MsoNormal><span lang=NO-BOK>Innledning<o:p></o:p></span></p>`,
      WORD_HEADING,
      WORD_PARAGRAPH,
      WORD_NUMBERED_LIST,
    ].join('\n'),
  )

  const typesOf = (doc: PMNode) => {
    const types: string[] = []
    doc.forEach((child) => types.push(child.type.name))
    return types
  }

  it('pastes Word between agenda items with section headings and lists', () => {
    const editor = editorWith([paragraph('Fritekst'), item('1', paragraph('Tekst'))], 'Fritekst')
    expect(editor.view.pasteHTML(pasted)).toBe(true)
    const doc = editor.state.doc
    expect(typesOf(doc)).toEqual([
      'paragraph',
      'sectionHeading',
      'sectionHeading',
      'paragraph',
      'paragraph',
      'orderedList',
      'agendaItem',
    ])
    expect(doc.child(0).textContent).toBe('FritekstInnledning')
    expect(doc.child(1).textContent).toBe('Styremøte i Osloregionen')
    expect(doc.child(5).childCount).toBe(2)
    expect(markedRuns(doc)).toContainEqual([
      'nettsiden',
      'link=https://www.osloregionen.no/budsjett',
    ])
    expect(JSON.stringify(doc.toJSON())).not.toMatch(/mso|Mso|NO-BOK/)
  })

  it('pasted into an agenda item, headings become bold paragraphs and the item stays whole', () => {
    const decision: JSONContent = {
      type: 'decision',
      attrs: { id: 'd1', state: 'proposed' },
      content: [paragraph('Forslag til vedtak')],
    }
    const editor = editorWith([item('1', paragraph('Tekst'), decision), item('2')], 'Tekst')
    editor.view.pasteHTML(pasted)
    const doc = editor.state.doc
    expect(typesOf(doc)).toEqual(['agendaItem', 'agendaItem'])
    const first = doc.child(0)
    expect(typesOf(first)).toEqual([
      'agendaTitle',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'orderedList',
      'decision',
    ])
    expect(first.child(2).textContent).toBe('Styremøte i Osloregionen')
    expect(first.child(2).firstChild?.marks.map((mark) => mark.type.name)).toEqual(['bold'])
    expect(first.lastChild?.textContent).toBe('Forslag til vedtak')
  })
})
