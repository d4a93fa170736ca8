# frozen_string_literal: true

require "digest"
require "net/http"
require "open3"
require "securerandom"

class ReportsController < ApplicationController
  def index
    @reports = Report.where("owner = '#{params[:owner]}'") ⟪!sql-interpolation⟫
    @safe = Report.where(owner: params[:owner]) ⟦⟧
    @also_safe = Report.where("owner = ?", params[:owner]) ⟦⟧
  end

  def stats
    rows = ActiveRecord::Base.connection.execute("SELECT COUNT(*) FROM reports WHERE year = #{params[:year]}") ⟪!sql-interpolation⟫
    render json: rows.to_a
  end

  def show
    send_file Rails.root.join("storage", "reports", params[:file]) ⟪!path-from-input⟫
  end

  def archive
    output = `tar -czf /tmp/#{params[:name]}.tgz storage/reports` ⟪!shell-injection⟫
    system("zip -r /tmp/out.zip #{params[:dir]}") ⟪!shell-injection⟫
    stdout, _status = Open3.capture2("zip", "-r", "/tmp/out.zip", params[:dir].to_s) ⟦⟧
    render plain: output + stdout
  end

  def restore
    state = Marshal.load(Base64.decode64(cookies[:state])) ⟪!unsafe-deserialize⟫
    render json: state
  end

  def formula
    render json: { value: eval(params[:expr]) } ⟪!dynamic-eval⟫
  end

  def partner
    http = Net::HTTP.new("partner.example.com", 443)
    http.use_ssl = true
    http.verify_mode = OpenSSL::SSL::VERIFY_NONE ⟪!tls-off-in-code⟫
    http.verify_mode = OpenSSL::SSL::VERIFY_PEER ⟦⟧
    render json: http.get("/api").body
  end

  private

  def digest_password(password)
    Digest::MD5.hexdigest(password) ⟪!weak-password-hash⟫
  end

  def digest_password_sha1(password, salt)
    Digest::SHA1.hexdigest("#{salt}--#{password}") ⟪!weak-password-hash⟫
  end

  def etag_for(body)
    Digest::MD5.hexdigest(body) ⟦⟧
  end

  def reset_token
    rand(36**24).to_s(36) ⟪!insecure-random-token⟫
  end

  def reset_token_good
    SecureRandom.urlsafe_base64(32) ⟦⟧
  end
end
