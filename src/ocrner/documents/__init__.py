"""Documents, not only images: a PDF or a multi-page TIFF as a sequence of pages.

:func:`open_document` recognises the upload by its content, never by its name:

* a **PDF** (:mod:`ocrner.documents.pdf`, PDFium through ``pypdfium2``): a page
  with a text layer gives its words and boxes from that layer, exactly and
  without OCR; a page without one (a scan) is rendered at ``PDF_DPI`` for OCR;
* a **multi-page TIFF** (:mod:`ocrner.documents.tiff`): each frame is a page for OCR;
* **anything else** is one image, passed on to OCR byte for byte, as before.

Any page can also be had as pixels (:meth:`Document.pixels`: a PDF page rendered
at ``PDF_DPI`` whatever it is read from), for redaction and for showing it.

Pages are made one at a time, when asked for (:meth:`Document.page`), so a long
document costs the memory of the pages being worked on, not of all its pages.
Limits (:class:`DocumentLimits`) are checked before any pixel is rendered.
"""

from ocrner.documents.pages import (
    Document,
    DocumentLimits,
    Page,
    PageSource,
    open_document,
    opens_at_once,
)

__all__ = ["Document", "DocumentLimits", "Page", "PageSource", "open_document", "opens_at_once"]
