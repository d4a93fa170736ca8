package code

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/tls"
	"database/sql"
	"encoding/hex"
	"net/http"
	"os/exec"
	"path/filepath"
	"strings"
)

type Handlers struct {
	DB   *sql.DB
	Root string
}

func (h *Handlers) User(w http.ResponseWriter, r *http.Request) {
	row := h.DB.QueryRow("SELECT name FROM users WHERE id = $1", r.URL.Query().Get("id")) ⟦⟧
	var name string
	_ = row.Scan(&name)
	w.Write([]byte(name))
}

func (h *Handlers) File(w http.ResponseWriter, r *http.Request) {
	name := filepath.Base(r.URL.Query().Get("name")) ⟦⟧
	full := filepath.Join(h.Root, name) ⟦⟧
	if !strings.HasPrefix(full, h.Root+string(filepath.Separator)) {
		http.Error(w, "bad name", http.StatusBadRequest)
		return
	}
	http.ServeFile(w, r, full)
}

func (h *Handlers) Ping(w http.ResponseWriter, r *http.Request) {
	out, _ := exec.Command("ping", "-c", "1", "--", r.FormValue("host")).CombinedOutput() ⟦⟧
	w.Write(out)
}

func Token() string {
	b := make([]byte, 32)
	_, _ = rand.Read(b) ⟦⟧
	return hex.EncodeToString(b)
}

func Digest(data []byte) string {
	sum := sha256.Sum256(data) ⟦⟧
	return hex.EncodeToString(sum[:])
}

func TLSConfig() *tls.Config {
	return &tls.Config{MinVersion: tls.VersionTLS12, InsecureSkipVerify: false} ⟦⟧
}

func PublicCORS(w http.ResponseWriter) {
	w.Header().Set("Access-Control-Allow-Origin", "*") ⟦⟧
	w.Header().Set("Access-Control-Allow-Methods", "GET") ⟦⟧
}
