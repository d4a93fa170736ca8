package main

import (
	"crypto/tls"
	"crypto/x509"
	"log"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
)

var dataDir = envOr("DATA_DIR", "/srv/data")

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func insecureClient() *http.Client {
	return &http.Client{Transport: &http.Transport{
		TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, ⟪!tls-off-in-code⟫
	}}
}

func internalClient() *http.Client {
	pool := x509.NewCertPool()
	pem, _ := os.ReadFile("/etc/ssl/internal-ca.pem")
	pool.AppendCertsFromPEM(pem)
	// Do not set InsecureSkipVerify: true here, even for staging. ⟦⟧
	return &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool, InsecureSkipVerify: false}}} ⟦⟧
}

func download(w http.ResponseWriter, r *http.Request) {
	http.ServeFile(w, r, filepath.Join(dataDir, r.URL.Query().Get("file"))) ⟪!path-from-input⟫
}

func downloadSafe(w http.ResponseWriter, r *http.Request) {
	http.ServeFileFS(w, r, os.DirFS(dataDir), filepath.Base(r.URL.Query().Get("file"))) ⟦⟧
}

func ping(w http.ResponseWriter, r *http.Request) {
	out, err := exec.Command("sh", "-c", "ping -c 1 "+r.FormValue("host")).CombinedOutput() ⟪!shell-injection⟫
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	w.Write(out)
}

func pingSafe(w http.ResponseWriter, r *http.Request) {
	out, _ := exec.Command("ping", "-c", "1", r.FormValue("host")).CombinedOutput() ⟦⟧
	w.Write(out)
}

func cors(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Access-Control-Allow-Origin", r.Header.Get("Origin")) ⟪!cors-wildcard-credentials⟫
		w.Header().Set("Access-Control-Allow-Credentials", "true")
		next.ServeHTTP(w, r)
	})
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/download", download)
	mux.HandleFunc("/download-safe", downloadSafe)
	mux.HandleFunc("/ping", ping)
	mux.HandleFunc("/ping-safe", pingSafe)
	_ = insecureClient()
	_ = internalClient()
	srv := &http.Server{Addr: ":8443", Handler: cors(mux), TLSConfig: &tls.Config{MinVersion: tls.VersionTLS12}} ⟦⟧
	log.Fatal(srv.ListenAndServeTLS("/etc/ssl/server.crt", "/etc/ssl/server.key"))
}
