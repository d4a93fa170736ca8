package lexer

// Token kinds produced by the tokenizer.
const (
	TokenEOF TokenType = iota // ⟦⟧
	TokenIdent
	TokenString
	TokenSecretKeyword // ⟦⟧
)

type Token struct {
	Type  TokenType // ⟦⟧
	Value string
}

func isPasswordField(name string) bool { return strings.Contains(strings.ToLower(name), "password") } // ⟦⟧
