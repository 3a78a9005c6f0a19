"""Small real PDF, DOCX and PPTX files for the demo resources, made on the fly (no binaries in
the repository). Arabic text goes into DOCX and PPTX only: the PDF core fonts have no Arabic."""

from __future__ import annotations

import io

from core.uploads import DOCX, PDF, PPTX

# Text per file part and language: two plain sentences each.
PART_TEXT = {
    "en": {
        "document": "Use this resource in your office. Adapt the examples to your context.",
        "session_plan": "Session plan: 90 minutes. Welcome, scenarios in small groups, "
        "discussion, where to go for help.",
        "facilitator_guide": "Facilitator guide: keep the room safe. Remind people that support "
        "is available whether or not they report.",
        "handout": "Participant handout: what sexual harassment is, how to raise a concern, and "
        "who can help. Keep this sheet.",
        "scenarios": "Case scenarios: read each situation, then discuss what each person can do "
        "next. There is no single right answer.",
        "slides": "Slides for the session. Each slide has speaker notes.",
    },
    "fr": {
        "document": "Utilisez cette ressource dans votre bureau. Adaptez les exemples à votre "
        "contexte.",
        "session_plan": "Plan de session : 90 minutes. Accueil, scénarios en petits groupes, "
        "discussion, où trouver de l'aide.",
        "facilitator_guide": "Guide de l'animateur : gardez un espace sûr. Rappelez qu'un soutien "
        "existe, que l'on signale ou non.",
        "handout": "Fiche du participant : ce qu'est le harcèlement sexuel, comment signaler, "
        "qui peut aider.",
        "scenarios": "Scénarios : lisez chaque situation, puis discutez de ce que chaque personne "
        "peut faire.",
        "slides": "Diapositives de la session, avec notes de l'orateur.",
    },
    "es": {
        "document": "Use este recurso en su oficina. Adapte los ejemplos a su contexto.",
        "session_plan": "Plan de sesión: 90 minutos. Bienvenida, casos en grupos pequeños, "
        "debate, dónde pedir ayuda.",
        "facilitator_guide": "Guía para facilitadores: mantenga un espacio seguro. Recuerde que "
        "hay apoyo, se denuncie o no.",
        "handout": "Hoja para participantes: qué es el acoso sexual, cómo plantear una "
        "preocupación y quién puede ayudar.",
        "scenarios": "Casos prácticos: lea cada situacion y hablen de lo que cada persona puede "
        "hacer.",
        "slides": "Diapositivas de la sesión, con notas para quien presenta.",
    },
    "ar": {
        "document": "استخدم هذا المورد في مكتبك. كيّف الأمثلة مع سياقك.",
        "session_plan": "خطة الجلسة: 90 دقيقة. ترحيب، حالات في مجموعات صغيرة، "
        "نقاش، أين تجد المساعدة.",
        "facilitator_guide": "دليل الميسّر: حافظ على مساحة آمنة. "
        "ذكّر المشاركين بأن الدعم متاح سواء أبلغوا أم لا.",
        "handout": "ورقة المشارك: ما هو التحرش الجنسي، وكيف تثير مخاوفك، ومن يمكنه المساعدة.",
        "scenarios": "سيناريوهات الحالات: اقرأ كل موقف، ثم ناقش ما يمكن لكل شخص فعله.",
        "slides": "شرائح الجلسة مع ملاحظات للمقدّم.",
    },
}


def make_file(kind: str, title: str, summary: str, part: str, language: str) -> bytes:
    text = PART_TEXT[language][part]
    return MAKERS[kind](title, [summary, text])


def _pdf(title: str, paragraphs: list[str]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_creator("The Agency demo content")
    pdf.add_page()
    pdf.set_font("Helvetica", style="B", size=16)
    pdf.multi_cell(0, 9, _latin(title))
    pdf.set_font("Helvetica", size=11)
    for paragraph in paragraphs:
        pdf.ln(3)
        pdf.multi_cell(0, 6, _latin(paragraph))
    return bytes(pdf.output())


def _latin(text: str) -> str:
    return text.encode("latin-1", "replace").decode("latin-1")


def _docx(title: str, paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.author = "The Agency"
    document.add_heading(title, level=1)
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _pptx(title: str, paragraphs: list[str]) -> bytes:
    from pptx import Presentation

    presentation = Presentation()
    slide = presentation.slides.add_slide(presentation.slide_layouts[0])
    slide.shapes.title.text = title
    slide.placeholders[1].text = paragraphs[0]
    for paragraph in paragraphs[1:]:
        content = presentation.slides.add_slide(presentation.slide_layouts[1])
        content.shapes.title.text = title
        content.placeholders[1].text = paragraph
        content.notes_slide.notes_text_frame.text = paragraph
    buffer = io.BytesIO()
    presentation.save(buffer)
    return buffer.getvalue()


MAKERS = {PDF: _pdf, DOCX: _docx, PPTX: _pptx}
