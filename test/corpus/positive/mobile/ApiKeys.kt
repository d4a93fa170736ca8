package com.acme.mobile

object ApiKeys {
    const val MAPS_API_KEY = "⟪gcp-api-key|AIza{{base64url:35}}⟫"
    const val REVENUECAT_PUBLIC = "appl_⟦{{alnum:27}}⟧" // ⟦⟧
    const val BACKEND_SECRET = "⟪generic-secret|{{alnum:32}}⟫"
    const val SEGMENT_WRITE_KEY = "⟦{{alnum:32}}⟧" // ⟦⟧
    val algoliaAdmin: String = "⟪algolia-admin-key|{{hex:32}}⟫"
    private val password = "⟪generic-password|{{alnum:12}}⟫"
    private val passwordHint = R.string.password_hint // ⟦⟧
}
