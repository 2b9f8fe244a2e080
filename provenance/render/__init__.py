"""Rendering: the interactive page (page), its look (style) and all escaping (escape)."""
