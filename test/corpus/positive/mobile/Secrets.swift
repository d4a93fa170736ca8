import Foundation

enum Secrets {
    static let openAIKey = "⟪openai-project-key|sk-proj-{{base64url:74}}T3BlbkFJ{{base64url:74}}⟫"
    static let stripePublishable = "pk_live_⟦{{alnum:24}}⟧" // ⟦⟧
    static let stripeSecret = "⟪stripe-live-secret-key|sk_live_{{alnum:24}}⟫"
    static let firebaseServerKey = "⟪firebase-cloud-messaging-key|AAAA{{base64url:7}}:APA91b{{base64url:134}}⟫"
    static let apiToken = ProcessInfo.processInfo.environment["API_TOKEN"] ?? "" // ⟦⟧
}
