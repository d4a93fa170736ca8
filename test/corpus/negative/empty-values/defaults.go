package cfg

var (
	Password = "" // ⟦⟧
	Token    string // ⟦⟧
	APIKey   = os.Getenv("API_KEY") // ⟦⟧
)
